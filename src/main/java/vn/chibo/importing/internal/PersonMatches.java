package vn.chibo.importing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.chibo.people.PersonBulkEntry;
import vn.chibo.people.PersonBulkEntry.ExistingPerson;
import vn.chibo.shared.text.VietnameseText;

/**
 * Existing people a file's rows may be: by identity number (unique across the system), else by full name and birth
 * date. Loaded for the whole file in a few queries rather than row by row.
 */
final class PersonMatches {

    private final Map<String, ExistingPerson> byIdentityNumber;
    private final Map<String, List<ExistingPerson>> byNameAndBirth = new HashMap<>();
    private final Map<String, List<ExistingPerson>> byName = new HashMap<>();

    PersonMatches(PersonBulkEntry people, Collection<String> identityNumbers, Collection<String> fullNames) {
        this.byIdentityNumber = people.byIdentityNumbers(identityNumbers);
        for (ExistingPerson person : people.byFullNames(fullNames)) {
            byNameAndBirth.computeIfAbsent(key(person.fullName(), person.birthDate()), k -> new ArrayList<>()).add(person);
            byName.computeIfAbsent(VietnameseText.clean(person.fullName()), k -> new ArrayList<>()).add(person);
        }
    }

    ExistingPerson byIdentityNumber(String identityNumber) {
        return identityNumber == null ? null : byIdentityNumber.get(identityNumber);
    }

    /**
     * People with the same name and birth date; a row without a birth date is compared with the people of that
     * name recorded without one (the same person when in the same organization, as in ChiBo's own export).
     */
    List<ExistingPerson> sameNameAndBirth(String fullName, LocalDate birthDate) {
        return byNameAndBirth.getOrDefault(key(fullName, birthDate), List.of());
    }

    /** People of this full name (NFC, exact), whatever their birth date. */
    List<ExistingPerson> byName(String fullName) {
        return byName.getOrDefault(fullName, List.of());
    }

    static String key(String fullName, LocalDate birthDate) {
        return VietnameseText.clean(fullName) + "|" + Objects.toString(birthDate, "");
    }
}
