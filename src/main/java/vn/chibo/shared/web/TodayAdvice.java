package vn.chibo.shared.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** For every page: {@code today} from the application's clock, so that templates never ask the system clock. */
@ControllerAdvice(annotations = Controller.class)
class TodayAdvice {

    private final Clock clock;

    TodayAdvice(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
