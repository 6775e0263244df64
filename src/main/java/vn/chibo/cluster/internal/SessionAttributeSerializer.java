package vn.chibo.cluster.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.web.servlet.FlashMap;

/**
 * Java serialization of session attributes. Flash attributes (a message and, after a refused form, what was typed)
 * are the one kind of attribute that any controller adds: a value among them that cannot be serialized is left out,
 * with a warning, so that the user still sees the message instead of a server error. Any other attribute that cannot
 * be serialized is a fault and fails the request. Tests run strict ({@code chibo.session.strict-flash=true}): there a
 * flash value that cannot be stored fails too, so that a form that would lose what was typed is caught before release.
 */
class SessionAttributeSerializer implements Converter<Object, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(SessionAttributeSerializer.class);

    private final boolean strictFlash;

    SessionAttributeSerializer() {
        this(false);
    }

    SessionAttributeSerializer(boolean strictFlash) {
        this.strictFlash = strictFlash;
    }

    @Override
    public byte[] convert(Object value) {
        try {
            return serialize(value);
        } catch (NotSerializableException e) {
            if (!strictFlash && value instanceof List<?> list && list.stream().allMatch(FlashMap.class::isInstance)) {
                return serializeQuietly(serializablePartOf(list));
            }
            throw new SerializationFailedException("Session attribute of type " + value.getClass().getName()
                    + " cannot be stored: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SerializationFailedException("Session attribute cannot be stored", e);
        }
    }

    private static ArrayList<FlashMap> serializablePartOf(List<?> flashMaps) {
        ArrayList<FlashMap> kept = new ArrayList<>();
        for (Object element : flashMaps) {
            FlashMap original = (FlashMap) element;
            FlashMap copy = new FlashMap();
            copy.setTargetRequestPath(original.getTargetRequestPath());
            copy.addTargetRequestParams(original.getTargetRequestParams());
            copy.setExpirationTime(original.getExpirationTime());
            for (Map.Entry<String, Object> entry : original.entrySet()) {
                if (serializable(entry.getValue())) {
                    copy.put(entry.getKey(), entry.getValue());
                } else {
                    log.warn("Flash attribute '{}' ({}) is not serializable and was left out of the session",
                            entry.getKey(), entry.getValue().getClass().getName());
                }
            }
            kept.add(copy);
        }
        return kept;
    }

    private static boolean serializable(Object value) {
        if (value == null) {
            return true;
        }
        if (!(value instanceof Serializable)) {
            return false;
        }
        try {
            serialize(value);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] serializeQuietly(Object value) {
        try {
            return serialize(value);
        } catch (IOException e) {
            throw new SerializationFailedException("Flash attributes cannot be stored", e);
        }
    }

    private static byte[] serialize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}
