package dev.hangar.samples.orders.store;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * An API token issued to a customer or to fulfilment staff, stored under the SHA-256 of the token
 * (never the token itself). {@code scopes} is space-separated, as in OAuth; {@code revoked} tokens
 * are kept until they expire so that the authorizer can deny them explicitly.
 */
@DynamoDbBean
public class ApiTokenRecord {
    /** The sort key of every token item. */
    public static final String SK = "TOKEN";

    private String pk;
    private String sk;
    private String customerId;
    private String scopes;
    private boolean revoked;
    private Long expiresAt;

    @DynamoDbPartitionKey
    public String getPk() {
        return pk;
    }

    public void setPk(String pk) {
        this.pk = pk;
    }

    @DynamoDbSortKey
    public String getSk() {
        return sk;
    }

    public void setSk(String sk) {
        this.sk = sk;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public String getScopes() {
        return scopes;
    }

    public void setScopes(String scopes) {
        this.scopes = scopes;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public void setRevoked(boolean revoked) {
        this.revoked = revoked;
    }

    public Long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
    }
}
