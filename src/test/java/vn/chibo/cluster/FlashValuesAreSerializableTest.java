package vn.chibo.cluster;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chibo.development.internal.StepForm;
import vn.chibo.evaluation.internal.ClassificationForm;
import vn.chibo.inspection.internal.VerificationInput;
import vn.chibo.mentoring.internal.SessionForm;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonRef;

/**
 * The values controllers put in flash attributes after a refused form travel through the shared session store
 * (serialized into the database), so that the typed values come back on whichever node serves the next page.
 */
class FlashValuesAreSerializableTest {

    static Stream<Object> flashValues() {
        return Stream.of(new StepForm(), new ClassificationForm(), new VerificationInput(), new SessionForm(),
                new PersonRef(1, "Nguyễn Văn A", 2, "/1/2/", PartyStatus.MASS));
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
}
