package dev.hangar.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class HangarExtensionLifecycleTest {

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(region = "eu-west-1")
  static class PerMethod {
    static final List<Harness> SEEN = new CopyOnWriteArrayList<>();
    @Hangar Harness field;
    @Hangar HarnessClock clockField;

    @Test
    void first(Harness harness, HarnessClock clock) {
      assertThat(field).isSameAs(harness);
      assertThat(clockField).isSameAs(clock).isSameAs(harness.clock());
      assertThat(harness.region()).isEqualTo("eu-west-1");
      SEEN.add(harness);
    }

    @Test
    void second(Harness harness) {
      assertThat(field).isSameAs(harness);
      SEEN.add(harness);
    }
  }

  @Test
  void perMethod_eachTestGetsItsOwnHarness_inParametersAndFields() {
    PerMethod.SEEN.clear();
    Fixtures.assertPassed(Fixtures.run(PerMethod.class), 2);
    assertThat(PerMethod.SEEN).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void perMethod_closesEachHarnessWhenItsTestEnds() {
    PerMethod.SEEN.clear();
    Fixtures.run(PerMethod.class);
    for (Harness harness : PerMethod.SEEN) {
      assertThat(harness.toString()).startsWith("Harness[hangar-");
      org.assertj.core.api.Assertions.assertThatThrownBy(harness::activate)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageEndingWith(" is closed");
    }
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(lifecycle = HarnessLifecycle.PER_CLASS)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class PerClass {
    static final List<Harness> SEEN = new CopyOnWriteArrayList<>();

    PerClass(Harness harness) {
      SEEN.add(harness);
    }

    @BeforeAll
    void beforeAll(Harness harness) {
      SEEN.add(harness);
    }

    @Test
    void first(Harness harness) {
      SEEN.add(harness);
    }

    @Test
    void second(Harness harness) {
      SEEN.add(harness);
    }

    @Nested
    class Inner {
      @Test
      void sharesTheEnclosingHarness(Harness harness) {
        SEEN.add(harness);
      }
    }

    @Nested
    @HangarTest(region = "ap-south-1")
    class InnerWithItsOwn {
      @Test
      void hasItsOwnHarness(Harness harness) {
        assertThat(harness.region()).isEqualTo("ap-south-1");
        assertThat(SEEN).doesNotContain(harness);
      }
    }
  }

  @Test
  void perClass_constructorBeforeAllTestsAndNestedClassesShareOneHarness() {
    PerClass.SEEN.clear();
    Fixtures.assertPassed(Fixtures.run(PerClass.class), 4);
    assertThat(PerClass.SEEN).hasSize(5);
    assertThat(PerClass.SEEN.stream().distinct()).hasSize(1);
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest
  static class PerMethodBeforeAll {
    @BeforeAll
    static void beforeAll(Harness harness) {}

    @Test
    void test() {}
  }

  @Test
  void perMethod_harnessInBeforeAll_failsNamingTheLifecycle() {
    Throwable failure = Fixtures.onlyFailure(Fixtures.run(PerMethodBeforeAll.class));
    assertThat(failure)
        .isInstanceOf(org.junit.jupiter.api.extension.ParameterResolutionException.class)
        .cause()
        .isInstanceOf(org.junit.jupiter.api.extension.ExtensionConfigurationException.class)
        .hasMessage(
            "@HangarTest on "
                + PerMethodBeforeAll.class.getName()
                + " builds a harness per test method, so none exists for HangarExtensionLifecycleTest$PerMethodBeforeAll"
                + " outside a test (a @BeforeAll method, a constructor of a per-class instance, or"
                + " a field initialiser); use lifecycle PER_CLASS, or inject it into test,"
                + " @BeforeEach or @AfterEach methods");
  }

  @HangarTest(region = "sa-east-1", lifecycle = HarnessLifecycle.PER_CLASS)
  abstract static class Base {
    static final List<Harness> SEEN = new CopyOnWriteArrayList<>();
    @Hangar Harness inherited;
  }

  @ExtendWith(OnlyInTestKit.class)
  static class Inheriting extends Base {
    @Test
    void first(Harness harness) {
      assertThat(harness.region()).isEqualTo("sa-east-1");
      assertThat(inherited).isSameAs(harness);
      SEEN.add(harness);
    }

    @Test
    void second(Harness harness) {
      SEEN.add(harness);
    }
  }

  @Test
  void inheritance_annotationAndFieldsOfSuperclassApply() {
    Base.SEEN.clear();
    Fixtures.assertPassed(Fixtures.run(Inheriting.class), 2);
    assertThat(Base.SEEN.stream().distinct()).hasSize(1);
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(clock = "2026-01-01T00:00:00Z")
  static class FixedClock {
    @Test
    void startsAtTheInstant_andAdvancesWhenTold(HarnessClock clock, Harness harness) {
      assertThat(clock.now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
      clock.advance(Duration.ofDays(2));
      assertThat(harness.clock().now()).isEqualTo(Instant.parse("2026-01-03T00:00:00Z"));
    }

    @Test
    void eachHarnessStartsAgain(HarnessClock clock) {
      assertThat(clock.now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }
  }

  @Test
  void clock_startsWhereTheAnnotationSays_andIsAdvancedByTheTest() {
    Fixtures.assertPassed(Fixtures.run(FixedClock.class), 2);
  }

  @ExtendWith(OnlyInTestKit.class)
  static class TwoNamedExtensions {
    @RegisterExtension
    static HangarExtension us = HangarExtension.builder().build();

    @RegisterExtension
    static HangarExtension eu =
        HangarExtension.builder().name("eu").region("eu-west-1").lifecycle(HarnessLifecycle.PER_CLASS).build();

    @Hangar("eu") Harness euField;

    @Test
    void qualifierChoosesTheExtension(Harness usHarness, @Hangar("eu") Harness euHarness) {
      assertThat(usHarness.region()).isEqualTo("us-east-1");
      assertThat(euHarness.region()).isEqualTo("eu-west-1");
      assertThat(euField).isSameAs(euHarness);
      assertThat(us.harness()).isSameAs(usHarness);
      assertThat(eu.harness()).isSameAs(euHarness);
    }
  }

  @Test
  void builder_severalNamedExtensions_areChosenByQualifier() {
    Fixtures.assertPassed(Fixtures.run(TwoNamedExtensions.class), 1);
  }

  @ExtendWith(OnlyInTestKit.class)
  static class InstanceField {
    @RegisterExtension
    HangarExtension hangar = HangarExtension.builder().accountId("123456789012").build();

    @Test
    void harnessIsTheTestsOwn(Harness harness) {
      assertThat(hangar.harness()).isSameAs(harness);
      assertThat(harness.accountId()).isEqualTo("123456789012");
    }
  }

  @Test
  void builder_onAnInstanceField_worksPerMethod() {
    Fixtures.assertPassed(Fixtures.run(InstanceField.class), 1);
  }

  @Test
  void harnessAccessor_outsideATest_failsNamingTheThread() {
    HangarExtension extension = HangarExtension.builder().build();
    org.assertj.core.api.Assertions.assertThatThrownBy(extension::harness)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "No test of this Hangar extension is running on thread '"
                + Thread.currentThread().getName()
                + "'; call harness() from a test method, @BeforeEach or @AfterEach method");
  }

  @ExtendWith(OnlyInTestKit.class)
  static class OuterWithoutExtension {
    static final List<Harness> SEEN = new CopyOnWriteArrayList<>();

    @Test
    void outerTest() {}

    @Nested
    @Seed(table = "Users", value = "users.json")
    class RegistersItsOwn {
      @RegisterExtension
      static HangarExtension hangar =
          HangarExtension.builder()
              .template("templates/users-app.yaml")
              .lifecycle(HarnessLifecycle.PER_CLASS)
              .build();

      @Test
      void seesItsClassSeed(Harness harness, DynamoTable users) {
        SEEN.add(harness);
        dev.hangar.junit.HangarAssertions.assertThat(users).hasItemCount(2);
      }
    }

    @Nested
    class AnotherNested {
      @Test
      void usesNoHarness() {}
    }
  }

  @Test
  void nestedClassRegisteringAnExtension_ownsItsHarness_andItsClassSeed() {
    OuterWithoutExtension.SEEN.clear();
    Fixtures.assertPassed(Fixtures.run(OuterWithoutExtension.class), 3);
    assertThat(OuterWithoutExtension.SEEN).hasSize(1);
  }
}
