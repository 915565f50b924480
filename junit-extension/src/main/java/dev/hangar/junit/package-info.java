/**
 * Hangar's JUnit Jupiter extension: {@link dev.hangar.junit.HangarTest} (or {@link
 * dev.hangar.junit.HangarExtension#builder()}) gives each test an in-process fake AWS cloud, built
 * from code or from the application's SAM template; {@link dev.hangar.junit.Hangar} qualifies what
 * is injected; {@link dev.hangar.junit.HangarAssertions} holds the AssertJ entry points.
 *
 * <p>Works with JUnit Jupiter 5.10 and later, including 6.x. The extension selects Hangar's
 * in-process HTTP client for the AWS SDK when the JUnit Platform starts (a {@code
 * LauncherSessionListener} found through {@code META-INF/services}), before any SDK client can
 * exist; hosts that belong to no harness still reach the real HTTP client.
 *
 * @since 0.1.0
 */
package dev.hangar.junit;
