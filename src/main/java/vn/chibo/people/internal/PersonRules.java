package vn.chibo.people.internal;

import vn.chibo.people.PartyStatus;
import vn.chibo.shared.web.BusinessRuleException;

/** Rules a new person record must meet, shared by the form, the API and the Excel import. */
final class PersonRules {

    private PersonRules() {
    }

    static void checkDates(PersonForm form, PartyStatus status) {
        if ((status == PartyStatus.PROBATIONARY || status == PartyStatus.OFFICIAL) && form.getAdmittedOn() == null) {
            throw new BusinessRuleException("admittedOn", "person.error.admittedOnRequired");
        }
        if (status == PartyStatus.OFFICIAL && form.getOfficialSince() == null) {
            throw new BusinessRuleException("officialSince", "person.error.officialSinceRequired");
        }
        if (form.getAdmittedOn() != null && form.getOfficialSince() != null
                && form.getOfficialSince().isBefore(form.getAdmittedOn())) {
            throw new BusinessRuleException("officialSince", "person.error.officialBeforeAdmitted");
        }
        if (form.getBirthDate() != null && form.getAdmittedOn() != null
                && form.getAdmittedOn().isBefore(form.getBirthDate().plusYears(18))) {
            throw new BusinessRuleException("admittedOn", "person.error.admittedTooYoung");
        }
    }
}
