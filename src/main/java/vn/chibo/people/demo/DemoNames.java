package vn.chibo.people.demo;

import java.util.Random;

/** Synthetic but realistic Vietnamese names, ranks and places (no real units). */
final class DemoNames {

    private static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm",
            "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương"};
    private static final String[] MIDDLE_MALE = {"Văn", "Văn", "Văn", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Công",
            "Ngọc", "Xuân", "Đình", "Mạnh", "Tiến", "Quốc", "Trọng", "Anh", "Hoàng"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh", "Kim"};
    private static final String[] GIVEN_MALE = {"Minh", "Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Long", "Quân", "Sơn",
            "Thắng", "Cường", "Hiếu", "Khoa", "Phong", "Trung", "Đạt", "Huy", "Lâm", "An", "Bình", "Đức", "Tài", "Thành",
            "Vinh", "Kiên", "Tùng", "Quyết", "Toàn", "Khánh", "Lực", "Nghĩa", "Phúc", "Sang", "Thịnh", "Việt", "Ân", "Ánh"};
    private static final String[] GIVEN_FEMALE = {"Lan", "Hương", "Mai", "Hoa", "Linh", "Trang", "Ngọc", "Thảo", "Hà",
            "Yến", "Nhung", "Hạnh", "Vân", "Oanh", "Uyên"};
    static final String[] PROVINCES = {"An Hòa", "Bình Giang", "Phú Sơn", "Tân Lộc", "Hòa Bình Tây", "Long Điền",
            "Thuận Phước", "Vĩnh An", "Đông Thạnh", "Cẩm Giang", "Ninh Phú", "Hưng Lộc"};
    static final String[] PLACES = {"An Phú", "Bình Minh", "Tân Hiệp", "Phước Long", "Hòa Lợi", "Long Thành", "Mỹ Hạnh",
            "Thạnh Lộc", "Vĩnh Tân", "Đức Hòa", "Tân Uyên", "Phú Giáo", "Bàu Bàng", "Lai Uyên", "Định Thành", "Cát Tiên",
            "Xuân Lộc", "Gia Kiệm", "Hàm Tân", "Tánh Linh", "Đồng Nai Thượng", "Phước Bình", "Thuận Lợi", "Minh Lập",
            "Tân Khai", "Lộc Ninh", "Bù Đốp", "Đa Kia", "Sông Bé", "Thiện Hưng", "Đồng Tâm", "Hưng Phước"};
    static final String[] OFFICER_RANKS = {"Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá", "Đại tá"};
    static final String[] SOLDIER_RANKS = {"Binh nhì", "Binh nhất", "Hạ sĩ", "Trung sĩ"};
    static final String[] NCO_RANKS = {"Trung sĩ", "Thượng sĩ", "Quân nhân chuyên nghiệp"};
    static final String[] EDUCATION = {"12/12", "12/12", "12/12", "Cao đẳng", "Đại học", "Đại học", "9/12"};

    private DemoNames() {
    }

    static String fullName(Random random, boolean female) {
        String family = pick(random, FAMILY);
        String middle = pick(random, female ? MIDDLE_FEMALE : MIDDLE_MALE);
        String given = pick(random, female ? GIVEN_FEMALE : GIVEN_MALE);
        if (random.nextInt(6) == 0 && !female) {
            String second = pick(random, MIDDLE_MALE);
            if (!second.equals(middle) && !second.equals(given)) {
                return family + " " + middle + " " + second + " " + given;
            }
        }
        return family + " " + middle + " " + given;
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
