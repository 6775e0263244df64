package vn.chibo.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chibo.development.internal.StepForm;
import vn.chibo.classification.internal.ClassificationForm;
import vn.chibo.classification.web.GroupDecisionForm;
import vn.chibo.inspection.internal.ActionInput;
import vn.chibo.inspection.internal.FindingInput;
import vn.chibo.inspection.internal.VerificationInput;
import vn.chibo.mentoring.internal.MentorForm;
import vn.chibo.mentoring.internal.SessionForm;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * The values controllers put in flash attributes after a refused form travel through the shared session store
 * (serialized into the database), so that the typed values come back on whichever node serves the next page.
 */
class FlashValuesAreSerializableTest {

    static Stream<Object> flashValues() {
        return Stream.of(new StepForm(), new ClassificationForm(), new GroupDecisionForm(), new VerificationInput(), new SessionForm(),
                new ActionInput(), new FindingInput(), new MentorForm(),
                new PersonRef(1, "Nguyễn Văn A", 2, "/1/2/", PartyStatus.MASS),
                new OrganizationRef(2, 1L, "Chi bộ Đại đội 1", OrganizationType.CELL, null, null, "/1/2/", 1,
                        LocalDate.of(2020, 1, 1), null));
    }

    @ParameterizedTest
    @MethodSource("flashValues")
    void aRefusedFormsTypedValuesCanBeStoredInTheSharedSession(Object value) {
        assertThatCode(() -> {
            try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
                out.writeObject(value);
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void aRefusedFormsFieldErrorsAndProblemsTravelWithIt() throws Exception {
        ClassificationForm form = new ClassificationForm();
        form.setScore("120");
        var binding = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
        binding.rejectValue("score", "classification.error.range", new Object[] {100}, null);
        var problems = new java.util.ArrayList<>(java.util.List.of(
                vn.chibo.shared.web.Problem.of("classification.error.range", 100).about("score")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(binding);
            out.writeObject(problems);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            var back = (org.springframework.validation.BindingResult) in.readObject();
            assertThat(back.getFieldError("score").getCode()).isEqualTo("classification.error.range");
            assertThat(back.getFieldValue("score")).isEqualTo("120");
            assertThat(in.readObject()).isEqualTo(problems);
        }
    }

    @Test
    void aRefusalKeepsItsMessageArgumentsThroughTheSessionStore() throws Exception {
        var refusal = new BusinessRuleException("score", "validation.range", 0, 100, LocalDate.of(2026, 12, 6), new Object() {
            @Override
            public String toString() {
                return "không tuần tự hóa được";
            }
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(refusal);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            var restored = (BusinessRuleException) in.readObject();
            assertThat(restored.messageKey()).isEqualTo("validation.range");
            assertThat(restored.arguments()).containsExactly(0, 100, LocalDate.of(2026, 12, 6), "không tuần tự hóa được");
        }
    }
}
