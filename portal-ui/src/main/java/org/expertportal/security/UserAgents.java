package org.expertportal.security;

/**
 * A browser and system in two words, from the User-Agent header, so that a person can tell their
 * sessions apart; the full header is never stored. Product names, not text to translate.
 */
final class UserAgents {

    private UserAgents() {}

    static String summary(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        return browser(userAgent) + " / " + system(userAgent);
    }

    private static String browser(String ua) {
        if (ua.contains("Edg/")) {
            return "Edge";
        }
        if (ua.contains("OPR/")) {
            return "Opera";
        }
        if (ua.contains("Firefox/")) {
            return "Firefox";
        }
        if (ua.contains("Chrome/") || ua.contains("Chromium/") || ua.contains("HeadlessChrome/")) {
            return "Chrome";
        }
        if (ua.contains("Safari/")) {
            return "Safari";
        }
        return "?";
    }

    private static String system(String ua) {
        if (ua.contains("Android")) {
            return "Android";
        }
        if (ua.contains("iPhone") || ua.contains("iPad")) {
            return "iOS";
        }
        if (ua.contains("Windows")) {
            return "Windows";
        }
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
            return "macOS";
        }
        if (ua.contains("Linux") || ua.contains("X11")) {
            return "Linux";
        }
        return "?";
    }
}
