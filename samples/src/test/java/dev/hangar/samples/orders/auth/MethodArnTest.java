package dev.hangar.samples.orders.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MethodArnTest {
    @Test
    void parse_readsEveryPartOfTheArnApiGatewaySends() {
        MethodArn arn = MethodArn.parse("arn:aws:execute-api:eu-west-1:123456789012:a1b2c3d4e5/prod/PUT/orders/42/status");

        assertThat(arn).isEqualTo(new MethodArn("aws", "eu-west-1", "123456789012", "a1b2c3d4e5", "prod", "PUT",
                "orders/42/status"));
    }

    @Test
    void parse_rootResource_hasAnEmptyPath() {
        assertThat(MethodArn.parse("arn:aws:execute-api:us-east-1:123456789012:abc/dev/GET/").resourcePath()).isEmpty();
    }

    @Test
    void withinStage_keepsApiAndStage() {
        MethodArn arn = MethodArn.parse("arn:aws-cn:execute-api:cn-north-1:123456789012:abc/dev/GET/orders/1");

        assertThat(arn.withinStage("*", "*")).isEqualTo("arn:aws-cn:execute-api:cn-north-1:123456789012:abc/dev/*/*");
    }

    @Test
    void parse_somethingElse_failsNamingIt() {
        assertThatThrownBy(() -> MethodArn.parse("arn:aws:lambda:us-east-1:123456789012:function:f"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not an execute-api method ARN: arn:aws:lambda:us-east-1:123456789012:function:f");
        assertThatThrownBy(() -> MethodArn.parse("arn:aws:execute-api:us-east-1:123456789012:abc/dev"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MethodArn.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
