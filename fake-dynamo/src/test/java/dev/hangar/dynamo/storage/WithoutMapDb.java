package dev.hangar.dynamo.storage;

import static dev.hangar.dynamo.storage.Fakes.item;

import java.nio.file.Path;

/**
 * The child of {@link OptionalMapDbTest}, run without MapDB and its dependencies: a fake in memory
 * works; a fake with a data directory fails. Prints what happened.
 */
public final class WithoutMapDb {
  private WithoutMapDb() {}

  /**
   * Runs the check.
   *
   * @param args a data directory to ask for
   */
  public static void main(String[] args) {
    try (Fakes fakes = Fakes.open(null)) {
      fakes.createTable("memory", false);
      fakes.dynamo.putItem(b -> b.tableName("memory").item(item("pk", "a")));
      fakes.fake.restore(fakes.fake.snapshot());
      System.out.println("memory: " + fakes.dynamo.scan(b -> b.tableName("memory")).count());
    }
    try (Fakes fakes = Fakes.open(Path.of(args[0]))) {
      System.out.println("data directory opened");
    } catch (RuntimeException e) {
      System.out.println(e.getClass().getName() + ": " + e.getMessage());
    }
    for (String name : new String[] {"org.mapdb.DBMaker", "kotlin.Unit",
        "com.google.common.collect.ImmutableList"}) {
      try {
        Class.forName(name);
        System.out.println("present: " + name);
      } catch (ClassNotFoundException e) {
        System.out.println("absent: " + name);
      }
    }
  }
}
