package dev.hangar.samples.orders.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BearerTokenTest {
    @Test
    void parse_bearerCredential_returnsTheToken() {
        assertThat(BearerToken.parse("Bearer tok_Abc-123.x~y+z/w==")).contains("tok_Abc-123.x~y+z/w==");
        assertThat(BearerToken.parse("bearer abc")).contains("abc");
        assertThat(BearerToken.parse("  Bearer   abc  ")).contains("abc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "abc", "Bearer a b", "Bearer ab=c"})
    void parse_anythingElse_isEmpty(String header) {
        assertThat(BearerToken.parse(header)).isEmpty();
    }

    @Test
    void parse_null_isEmpty() {
        assertThat(BearerToken.parse(null)).isEmpty();
    }
}
