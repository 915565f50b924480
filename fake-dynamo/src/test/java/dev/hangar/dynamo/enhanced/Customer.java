package dev.hangar.dynamo.enhanced;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** An immutable-schema item. */
@DynamoDbImmutable(builder = Customer.Builder.class)
public final class Customer {
  private final String id;
  private final String name;
  private final int visits;

  private Customer(Builder builder) {
    this.id = builder.id;
    this.name = builder.name;
    this.visits = builder.visits;
  }

  public static Builder builder() {
    return new Builder();
  }

  @DynamoDbPartitionKey
  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public int visits() {
    return visits;
  }

  /** Builds customers. */
  public static final class Builder {
    private String id;
    private String name;
    private int visits;

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder visits(int visits) {
      this.visits = visits;
      return this;
    }

    public Customer build() {
      return new Customer(this);
    }
  }
}
