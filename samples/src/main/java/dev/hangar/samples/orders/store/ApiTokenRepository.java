package dev.hangar.samples.orders.store;

import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Looks up API tokens by digest; tokens are issued by another system. */
public final class ApiTokenRepository {
    private static final TableSchema<ApiTokenRecord> SCHEMA = TableSchema.fromBean(ApiTokenRecord.class);

    private final DynamoDbTable<ApiTokenRecord> tokens;

    /**
     * @param dynamo the client every call goes through
     * @param tableName the single table's name
     */
    public ApiTokenRepository(DynamoDbClient dynamo, String tableName) {
        this.tokens = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamo).build().table(tableName, SCHEMA);
    }

    /**
     * @param tokenDigest the SHA-256 of the presented token, in lower-case hex
     * @return the token's record, or empty when no such token was issued (or TTL removed it)
     */
    public Optional<ApiTokenRecord> find(String tokenDigest) {
        return Optional.ofNullable(tokens.getItem(
                Key.builder().partitionValue(TableKeys.tokenPk(tokenDigest)).sortValue(ApiTokenRecord.SK).build()));
    }
}
