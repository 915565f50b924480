package dev.hangar.gateway.internal.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A token that passed a JWT authorizer.
 *
 * @param claims the payload's claims as the token carries them
 * @param scopes the scopes from {@code scope} or {@code scp}, empty when none
 */
public record VerifiedJwt(ObjectNode claims, List<String> scopes) {}
