package vn.chibo.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PersonDirectory;

/**
 * Who is told of an event about an organization: its secretary and deputy secretaries today, or, where it has none,
 * its committee members.
 */
@Component
class Recipients {

    private static final Set<PartyPosition> HEADS = EnumSet.of(PartyPosition.SECRETARY, PartyPosition.DEPUTY_SECRETARY);

    private final PersonDirectory people;
    private final Clock clock;

    Recipients(PersonDirectory people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /** The person himself, and the leaders of the organization (either may be {@code null}). */
    List<Long> of(Long personId, Long organizationId) {
        Set<Long> ids = new LinkedHashSet<>();
        if (personId != null) {
            ids.add(personId);
        }
        if (organizationId != null) {
            ids.addAll(leadersOf(organizationId));
        }
        return new ArrayList<>(ids);
    }

    List<Long> leadersOf(long organizationId) {
        var leaders = people.leadersAt(List.of(organizationId), LocalDate.now(clock));
        List<Long> heads = leaders.stream().filter(l -> HEADS.contains(l.position())).map(l -> l.personId()).distinct().toList();
        if (!heads.isEmpty()) {
            return heads;
        }
        return leaders.stream().filter(l -> l.position() == PartyPosition.COMMITTEE_MEMBER).map(l -> l.personId()).distinct().toList();
    }
}
