package org.kuzet.spreadsheet;

import java.util.List;
import java.util.Map;
import org.kuzet.identity.Subject;
import org.kuzet.person.PersonDocument;
import org.kuzet.person.Persons;
import org.kuzet.shared.RecordStore;

/**
 * A sheet of persons, one row each. A row whose name likely names a person already recorded (the identity
 * module's name matching, as the entry form warns) is imported as asked, a namesake being possible, with a warning
 * naming the recorded person: never merged by the import; the duplicates page decides.
 */
final class PersonRows extends RowKind<PersonDocument, Persons.Valid> {

    static final Field KEY = Field.of("key", "ключ", "кілт");
    static final Field NAME = Field.of("name", "full name", "фио", "ф.и.о.", "ф. и. о.", "имя", "полное имя",
            "аты-жөні", "толық аты-жөні");
    static final Field OTHER_NAMES = Field.of("names", "other names", "other spellings", "другие имена",
            "варианты имени", "басқа аттары");
    static final Field GENDER = Field.of("gender", "sex", "пол", "жынысы");
    static final Field BIRTH_YEAR = Field.of("birthYear", "birth year", "year of birth", "год рождения", "туған жылы");
    static final Field ROLES = Field.of("roles", "role", "роль", "роли", "рөлі");
    static final Field PLACE = Field.of("place", "место", "region", "регион", "город", "city", "орны", "өңір");
    static final Field DESCRIPTION_EN = Field.at("description.en", "description.en", "description", "notes",
            "description (en)");
    static final Field DESCRIPTION_RU = Field.at("description.ru", "description.ru", "описание", "примечание",
            "description (ru)");
    static final Field DESCRIPTION_KK = Field.at("description.kk", "description.kk", "сипаттама", "description (kk)");
    static final Field VULNERABILITIES = Field.of("vulnerabilities", "vulnerability", "уязвимость", "уязвимые группы",
            "осалдық");
    static final Field CONFIDENTIALITY = Field.of("confidentiality", "конфиденциальность", "доступ", "құпиялылық");

    private static final List<Field> FIELDS = List.of(KEY, NAME, OTHER_NAMES, GENDER, BIRTH_YEAR, ROLES, PLACE,
            DESCRIPTION_EN, DESCRIPTION_RU, DESCRIPTION_KK, VULNERABILITIES, CONFIDENTIALITY);

    private final Persons persons;

    PersonRows(Persons persons) {
        this.persons = persons;
    }

    @Override
    String name() {
        return "persons";
    }

    @Override
    List<Field> fields() {
        return FIELDS;
    }

    @Override
    RecordStore<PersonDocument, Persons.Valid, ?> store() {
        return persons;
    }

    @Override
    PersonDocument document(Row row, CellValues values, Context context) {
        String name = row.text(NAME);
        warnIfRecorded(row, NAME, Subject.PERSON, name, context);
        List<PersonDocument.Name> names = row.list(OTHER_NAMES).stream()
                .map(n -> new PersonDocument.Name(n, null, null, null)).toList();
        var description = localized(row, context, Map.of("en", DESCRIPTION_EN, "ru", DESCRIPTION_RU, "kk", DESCRIPTION_KK));
        return new PersonDocument(null, null, row.text(KEY), name, names, values.code(row, GENDER, "gender"),
                values.integer(row, BIRTH_YEAR), values.codes(row, ROLES, "role"), values.code(row, PLACE, "place"),
                description, values.codes(row, VULNERABILITIES, "vulnerability"), List.of(), List.of(), null,
                values.code(row, CONFIDENTIALITY, "confidentiality"), List.of(), null, null);
    }
}
