package dev.hangar.dynamo.enhanced;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** A bean-schema item: partition key customer, sort key number. */
@DynamoDbBean
public class Order {
  private String customer;
  private Integer number;
  private String item;

  /** Creates an order. */
  public static Order of(String customer, int number, String item) {
    Order order = new Order();
    order.setCustomer(customer);
    order.setNumber(number);
    order.setItem(item);
    return order;
  }

  @DynamoDbPartitionKey
  public String getCustomer() {
    return customer;
  }

  public void setCustomer(String customer) {
    this.customer = customer;
  }

  @DynamoDbSortKey
  public Integer getNumber() {
    return number;
  }

  public void setNumber(Integer number) {
    this.number = number;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }
}
