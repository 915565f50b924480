package dev.hangar.samples.orders.auth;

/**
 * The {@code methodArn} API Gateway sends a REST authorizer:
 * {@code arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{method}/{resource path}}.
 *
 * @param partition the AWS partition, such as {@code aws}
 * @param region the API's region
 * @param accountId the API owner's account
 * @param apiId the REST API's id
 * @param stage the stage called
 * @param method the HTTP method called
 * @param resourcePath the path called, without its leading slash
 */
public record MethodArn(String partition, String region, String accountId, String apiId, String stage, String method,
        String resourcePath) {

    /**
     * @param arn the ARN as API Gateway sends it
     * @return its parts
     * @throws IllegalArgumentException when the text is not an execute-api method ARN
     */
    public static MethodArn parse(String arn) {
        String[] fields = arn == null ? new String[0] : arn.split(":", 6);
        if (fields.length != 6 || !"arn".equals(fields[0]) || !"execute-api".equals(fields[2])) {
            throw new IllegalArgumentException("Not an execute-api method ARN: " + arn);
        }
        String[] path = fields[5].split("/", 4);
        if (path.length < 3) {
            throw new IllegalArgumentException("Not an execute-api method ARN: " + arn);
        }
        return new MethodArn(fields[1], fields[3], fields[4], path[0], path[1], path[2], path.length == 4 ? path[3] : "");
    }

    /**
     * @param method an HTTP method or {@code *}
     * @param resourcePath a resource path (without leading slash) or {@code *}
     * @return the ARN of that method and path in the same API and stage
     */
    public String withinStage(String method, String resourcePath) {
        return "arn:" + partition + ":execute-api:" + region + ":" + accountId + ":" + apiId + "/" + stage + "/"
                + method + "/" + resourcePath;
    }
}
