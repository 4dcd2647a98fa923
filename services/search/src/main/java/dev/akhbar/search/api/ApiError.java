package dev.akhbar.search.api;

/**
 * The body of every error answer.
 *
 * @param error {@code bad_request}, {@code not_found} or {@code unavailable}
 * @param parameter the request parameter at fault, if one is
 */
public record ApiError(String error, String parameter, String message) {}
