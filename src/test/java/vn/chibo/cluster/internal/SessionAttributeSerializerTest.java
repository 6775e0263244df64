package vn.chibo.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.web.servlet.FlashMap;

/** Session attributes go to the database serialized; a refused form's typed values must never cost the message. */
class SessionAttributeSerializerTest {

    /** Like a form object that was never made serializable. */
    static final class TypedForm {
        String typed = "Nguyễn Văn A";
    }

    private final SessionAttributeSerializer serializer = new SessionAttributeSerializer();
    private final DeserializingConverter deserializer = new DeserializingConverter(getClass().getClassLoader());

    @Test
    void aFlashMapWithAnUnserializableValueIsStoredWithoutThatValueAndKeepsTheMessage() {
        FlashMap flash = new FlashMap();
        flash.setTargetRequestPath("/development/candidates/7");
        flash.put("errorKey", "development.error.order");
        flash.put("form", new TypedForm());
        List<FlashMap> flashMaps = new ArrayList<>(List.of(flash));

        Object stored = deserializer.convert(serializer.convert(flashMaps));

        assertThat(stored).isInstanceOf(List.class);
        FlashMap restored = (FlashMap) ((List<?>) stored).get(0);
        Map<String, Object> values = restored;
        assertThat(values).containsEntry("errorKey", "development.error.order").doesNotContainKey("form");
        assertThat(restored.getTargetRequestPath()).isEqualTo("/development/candidates/7");
    }

    @Test
    void serializableValuesAreStoredAsTheyAre() {
        FlashMap flash = new FlashMap();
        flash.put("message", "person.updated");
        flash.put("errorArgs", new Object[] {3, "abc"});
        Object stored = deserializer.convert(serializer.convert(new ArrayList<>(List.of(flash))));
        Map<String, Object> values = (FlashMap) ((List<?>) stored).get(0);
        assertThat(values).containsEntry("message", "person.updated").containsKey("errorArgs");
    }

    @Test
    void anyOtherUnserializableAttributeFailsLoudly() {
        assertThatThrownBy(() -> serializer.convert(new TypedForm()))
                .isInstanceOf(SerializationFailedException.class).hasMessageContaining("TypedForm");
    }
}
