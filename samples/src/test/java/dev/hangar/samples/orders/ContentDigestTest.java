package dev.hangar.samples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDigestTest {
    @Test
    void sha256Hex_matchesTheStandardTestVector() {
        // FIPS 180-2, appendix B.1
        assertThat(ContentDigest.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
