package vn.chibo.demo;

/** How big the generated region is: numbers of each kind of unit. */
public enum DemoSize {
    SMALL(1, 1, 2, 3, 4),
    REGION(14, 40, 10, 9, 16);

    final int divisions;
    final int brigades;
    final int provinces;
    final int districtsPerProvince;
    final int communesPerDistrict;

    DemoSize(int divisions, int brigades, int provinces, int districtsPerProvince, int communesPerDistrict) {
        this.divisions = divisions;
        this.brigades = brigades;
        this.provinces = provinces;
        this.districtsPerProvince = districtsPerProvince;
        this.communesPerDistrict = communesPerDistrict;
    }
}
