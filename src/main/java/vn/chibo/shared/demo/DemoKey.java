package vn.chibo.shared.demo;

/**
 * The name and type of an anchor in the {@link DemoContext}: declared once (see {@link DemoAnchors}), so that the
 * contributor that provides it and those that read it agree on its type at compile time.
 *
 * @param <T> the anchor's type
 */
public final class DemoKey<T> {

    private final String name;

    private DemoKey(String name) {
        this.name = name;
    }

    public static <T> DemoKey<T> named(String name) {
        return new DemoKey<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
