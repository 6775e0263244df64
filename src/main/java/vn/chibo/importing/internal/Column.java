package vn.chibo.importing.internal;

import java.util.List;

/**
 * One column of an import sheet.
 *
 * @param key       stable name the kind's code uses
 * @param headerKey message key of the header (the Vietnamese one is written in the template; English is accepted too)
 * @param required  a row without a value is an error; a file without the column is refused
 * @param maxLength most characters of the value
 * @param helpKey   message key of the explanation on the help sheet
 * @param choices   message keys of the allowed values (a validation list in the template), empty for free text
 * @param aliases   further header spellings accepted (older exports, the central database's exports)
 */
record Column(String key, String headerKey, boolean required, int maxLength, String helpKey, List<String> choices,
              List<String> aliases) {

    static Column text(String key, String headerKey, boolean required, int maxLength, String... aliases) {
        return new Column(key, headerKey, required, maxLength, "import.help." + key, List.of(), List.of(aliases));
    }

    static Column choice(String key, String headerKey, boolean required, List<String> choices, String... aliases) {
        return new Column(key, headerKey, required, 100, "import.help." + key, choices, List.of(aliases));
    }

    static Column date(String key, String headerKey, boolean required, String... aliases) {
        return new Column(key, headerKey, required, 40, "import.help." + key, List.of(), List.of(aliases));
    }
}
