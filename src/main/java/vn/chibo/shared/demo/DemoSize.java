package vn.chibo.shared.demo;

/** How big the generated region is: numbers of each kind of unit. */
public enum DemoSize {
    SMALL(1, 1, 2, 3, 4),
    REGION(14, 40, 10, 9, 16);

    private final int divisions;
    private final int brigades;
    private final int provinces;
    private final int districtsPerProvince;
    private final int communesPerDistrict;

    DemoSize(int divisions, int brigades, int provinces, int districtsPerProvince, int communesPerDistrict) {
        this.divisions = divisions;
        this.brigades = brigades;
        this.provinces = provinces;
        this.districtsPerProvince = districtsPerProvince;
        this.communesPerDistrict = communesPerDistrict;
    }

    public int divisions() {
        return divisions;
    }

    public int brigades() {
        return brigades;
    }

    public int provinces() {
        return provinces;
    }

    public int districtsPerProvince() {
        return districtsPerProvince;
    }

    public int communesPerDistrict() {
        return communesPerDistrict;
    }
}
