package dev.hangar.harness.internal.env;

import java.util.Map;

/** Run in a JVM started without {@code --add-opens}: prints what a function thread sees. */
public final class WithoutFlagsMain {
  private WithoutFlagsMain() {}

  public static void main(String[] args) {
    try (EnvironmentOverlay.Scope scope = EnvironmentOverlay.enter(Map.of("TABLE_NAME", "t9"))) {
      System.out.println("inside=" + System.getenv("TABLE_NAME"));
    }
    System.out.println("outside=" + System.getenv("TABLE_NAME"));
  }
}
