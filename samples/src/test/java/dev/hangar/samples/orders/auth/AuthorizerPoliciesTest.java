package dev.hangar.samples.orders.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.IamPolicyResponse;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The authorizer's answers as API Gateway receives them: serialised by the Lambda runtime's own
 * serialiser (which, unlike a plain ObjectMapper, leaves out the statement's null {@code Condition}).
 */
class AuthorizerPoliciesTest {
    private static final MethodArn CALLED =
            MethodArn.parse("arn:aws:execute-api:us-east-1:123456789012:api1/dev/POST/orders");
    private static final PojoSerializer<IamPolicyResponse> RUNTIME_SERIALIZER =
            LambdaEventSerializers.serializerFor(IamPolicyResponse.class, AuthorizerPoliciesTest.class.getClassLoader());

    @Test
    void allow_writer_coversEveryMethodOfTheStage() throws Exception {
        JsonNode response = asApiGatewaySeesIt(AuthorizerPolicies.allow(CALLED, "cust-1", Set.of(Scopes.WRITE)));

        assertThat(response).isEqualTo(json("""
                {"principalId": "cust-1",
                 "policyDocument": {"Version": "2012-10-17", "Statement": [
                   {"Action": "execute-api:Invoke", "Effect": "Allow",
                    "Resource": ["arn:aws:execute-api:us-east-1:123456789012:api1/dev/*/*"]}]},
                 "context": {"customerId": "cust-1", "scopes": "orders:write"}}"""));
    }

    @Test
    void allow_readOnlyToken_coversOnlyGet() throws Exception {
        JsonNode response = asApiGatewaySeesIt(AuthorizerPolicies.allow(CALLED, "cust-2", Set.of()));

        assertThat(response.at("/policyDocument/Statement/0/Resource")).isEqualTo(
                json("[\"arn:aws:execute-api:us-east-1:123456789012:api1/dev/GET/*\"]"));
        assertThat(response.at("/context/scopes").asText()).isEmpty();
    }

    @Test
    void allow_fulfilmentStaff_coversEveryMethodAndListsScopesSorted() throws Exception {
        JsonNode response = asApiGatewaySeesIt(
                AuthorizerPolicies.allow(CALLED, "staff-1", Set.of(Scopes.WRITE, Scopes.FULFIL)));

        assertThat(response.at("/policyDocument/Statement/0/Resource")).isEqualTo(
                json("[\"arn:aws:execute-api:us-east-1:123456789012:api1/dev/*/*\"]"));
        assertThat(response.at("/context/scopes").asText()).isEqualTo("orders:fulfil orders:write");
    }

    @Test
    void deny_isAnExplicitDenyOfTheStageWithoutContext() throws Exception {
        JsonNode response = asApiGatewaySeesIt(AuthorizerPolicies.deny(CALLED, "cust-3"));

        assertThat(response).isEqualTo(json("""
                {"principalId": "cust-3",
                 "policyDocument": {"Version": "2012-10-17", "Statement": [
                   {"Action": "execute-api:Invoke", "Effect": "Deny",
                    "Resource": ["arn:aws:execute-api:us-east-1:123456789012:api1/dev/*/*"]}]},
                 "context": {}}"""));
    }

    private static JsonNode asApiGatewaySeesIt(IamPolicyResponse response) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RUNTIME_SERIALIZER.toJson(response, out);
        return json(out.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
