package org.kuzet.spreadsheet;

import java.util.List;
import java.util.Map;
import org.kuzet.identity.Subject;
import org.kuzet.organization.OrganizationDocument;
import org.kuzet.organization.Organizations;
import org.kuzet.shared.RecordStore;

/**
 * A sheet of organisations, one row each; the parent organisation (a branch's) named by key or by the name of a
 * recorded organisation. A likely duplicate of a recorded organisation is a warning, never merged.
 */
final class OrganizationRows extends RowKind<OrganizationDocument, Organizations.Valid> {

    static final Field KEY = Field.of("key", "ключ", "кілт");
    static final Field NAME = Field.of("name", "organization", "organisation", "название организации", "организация",
            "наименование", "название", "ұйым", "ұйым атауы");
    static final Field OTHER_NAMES = Field.of("names", "other names", "abbreviation", "другие названия", "сокращение",
            "аббревиатура", "басқа атаулары");
    static final Field KIND = Field.of("kind", "type", "organization kind", "тип", "вид", "тип организации", "түрі");
    static final Field PARENT = Field.of("parent", "parent organization", "головная организация", "входит в",
            "бас ұйым");
    static final Field PLACE = Field.of("place", "место", "region", "регион", "город", "city", "орны", "өңір");
    static final Field DESCRIPTION_EN = Field.at("description.en", "description.en", "description", "notes",
            "description (en)");
    static final Field DESCRIPTION_RU = Field.at("description.ru", "description.ru", "описание", "примечание",
            "description (ru)");
    static final Field DESCRIPTION_KK = Field.at("description.kk", "description.kk", "сипаттама", "description (kk)");
    static final Field CONFIDENTIALITY = Field.of("confidentiality", "конфиденциальность", "доступ", "құпиялылық");

    private static final List<Field> FIELDS = List.of(KEY, NAME, OTHER_NAMES, KIND, PARENT, PLACE, DESCRIPTION_EN,
            DESCRIPTION_RU, DESCRIPTION_KK, CONFIDENTIALITY);

    private final Organizations organizations;

    OrganizationRows(Organizations organizations) {
        this.organizations = organizations;
    }

    @Override
    String name() {
        return "organizations";
    }

    @Override
    List<Field> fields() {
        return FIELDS;
    }

    @Override
    RecordStore<OrganizationDocument, Organizations.Valid, ?> store() {
        return organizations;
    }

    @Override
    OrganizationDocument document(Row row, CellValues values, Context context) {
        String name = row.text(NAME);
        warnIfRecorded(row, NAME, Subject.ORGANIZATION, name, context);
        String parentText = row.text(PARENT);
        String parent = parentText == null ? null
                : recorded(row, PARENT, Subject.ORGANIZATION, parentText, context, organizations.references());
        List<OrganizationDocument.Name> names = row.list(OTHER_NAMES).stream()
                .map(n -> new OrganizationDocument.Name(n, null, null, null)).toList();
        var description = localized(row, context, Map.of("en", DESCRIPTION_EN, "ru", DESCRIPTION_RU, "kk", DESCRIPTION_KK));
        return new OrganizationDocument(null, null, row.text(KEY), name, values.code(row, KIND, "organization_kind"),
                parent, names, values.code(row, PLACE, "place"), description, List.of(),
                values.code(row, CONFIDENTIALITY, "confidentiality"), List.of(), null, null);
    }
}
