package vn.chibo.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import vn.chibo.meeting.internal.MeetingForm;
import vn.chibo.meeting.internal.MeetingKind;
import vn.chibo.shared.web.BusinessRuleException;

/** Reading the meeting pages' form values (dates, times, numbers, the meeting form) and sending files back. */
final class MeetingParams {

    private MeetingParams() {
    }

    static MeetingForm form(MeetingInput input) {
        MeetingKind kind;
        try {
            kind = input.getKind() == null ? null : MeetingKind.valueOf(input.getKind());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        return new MeetingForm(kind, input.isCombinedThematic(), input.getTopic(), parseDate(input.getDate(), null),
                parseTime(input.getStartTime(), "startTime"), parseTime(input.getEndTime(), "endTime"), input.getPlace(),
                parseLong(input.getChairId(), null), parseLong(input.getMinuteTakerId(), null), input.getAgenda());
    }

    static LocalDate parseDate(String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return vn.chibo.shared.web.DateInput.parseDate(value);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("date", "meeting.error.date");
        }
    }

    static LocalTime parseTime(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return vn.chibo.shared.web.DateInput.parseTime(value);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException(field, "meeting.error.time");
        }
    }

    static Long parseLong(String value, Long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static Integer parseInt(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException(field, "meeting.error.number");
        }
    }

    static void send(HttpServletResponse response, String filename, String contentType, byte[] content) throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
