package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** BGN/PCGN (ICU4J, simplified) and BSI on real names: ё, й, ъ, ь, -ые, -ий. */
class TransliterationTest {

    @ParameterizedTest(name = "BGN {0} → {1}")
    @CsvSource({
            "Скоробогатова, Skorobogatova",
            "Дышлевая, Dyshlevaya",
            "Балашов, Balashov",
            "Масчан, Maschan",
            "Румянцев, Rumyantsev",
            "Щукин, Shchukin",
            "Хаитов, Khaitov",
            "Цыганкова, Tsygankova",
            "Майкова, Maykova",
            "Юрий, Yuriy",
            "Евгений, Yevgeniy",
            "Соловьёв, Solovyev",
            "Ильин, Ilin",
            "Подъячев, Podyachev",
            "Красные, Krasnyye",
            "Объединённые, Obyedinennyye",
            "Вопросы гематологии/онкологии и иммунопатологии в педиатрии, Voprosy gematologii/onkologii i immunopatologii v pediatrii",
    })
    void bgn(String cyrillic, String latin) {
        assertEquals(latin, Transliteration.of("bgn").latin(cyrillic));
    }

    @ParameterizedTest(name = "BSI {0} → {1}")
    @CsvSource({
            "Скоробогатова, Skorobogatova",
            "Дышлевая, Dyshlevaya",
            "Масчан, Maschan",
            "Румянцев, Rumyantsev",
            "Щукин, Shchukin",
            "Хаитов, Khaitov",
            "Цыганкова, Tsygankova",
            "Майкова, Maikova",
            "Юрий, Yurii",
            "Евгений, Evgenii",
            "Соловьёв, Solov'ev",
            "Подъячев, Pod\"yachev",
            "Красные, Krasnye",
            "ЩУКИН, SHCHUKIN",
            "Вопросы онкологии, Voprosy onkologii",
    })
    void bsi(String cyrillic, String latin) {
        assertEquals(latin, Transliteration.of("bsi").latin(cyrillic));
    }

    @Test
    void initialsAreOneLetterEachWithTheJournalsSpellingOfE() {
        for (String system : List.of("bgn", "bsi")) {
            Transliteration t = Transliteration.of(system);
            assertEquals("E", t.initial("Е"), system);
            assertEquals("E", t.initial("Ё"), system);
            assertEquals("E", t.initial("Э"), system);
            assertEquals("Yu", t.initial("Ю"), system);
            assertEquals("Ya", t.initial("Я"), system);
            assertEquals("Zh", t.initial("Ж"), system);
            assertEquals("Shch", t.initial("Щ"), system);
            assertEquals("A", t.initial("А"), system);
        }
    }

    @Test
    void latinTextPassesUnchangedAndUnknownSystemsAreNamed() {
        assertEquals("Berthold F.", Transliteration.of("bgn").latin("Berthold F."));
        assertTrue(Transliteration.hasCyrillic("Иванов"));
        assertFalse(Transliteration.hasCyrillic("Ivanov"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Transliteration.of("gost"));
        assertTrue(e.getMessage().contains("bgn") && e.getMessage().contains("bsi"), e.getMessage());
    }

    @Test
    void givenNamesBecomeInitials() {
        assertEquals(List.of("И", "И"), ItemPreparer.initials("Иван Иванович"));
        assertEquals(List.of("Е", "В"), ItemPreparer.initials("Е.В."));
        assertEquals(List.of("Е", "В"), ItemPreparer.initials("Е. В."));
        assertEquals(List.of("А", "М"), ItemPreparer.initials("Анна-Мария"));
        assertEquals(List.of("Ю"), ItemPreparer.initials("юлия"));
    }
}
