package vn.chibo.people.internal;

import org.springframework.stereotype.Component;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.NotFoundException;

/** Finds one person the signed-in account may see: otherwise 'not found'. */
@Component
class PersonLookup {

    static final String ENTITY = "Person";

    private final PersonRepository people;

    PersonLookup(PersonRepository people) {
        this.people = people;
    }

    Person get(long id) {
        ChiboUser user = CurrentUser.get();
        return people.findById(id)
                .filter(p -> PeopleAccess.mayRead(user, p.getId(), p.getOrgPath()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }
}
