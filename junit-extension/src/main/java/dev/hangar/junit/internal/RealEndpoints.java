package dev.hangar.junit.internal;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Where DynamoDB is for {@code hangar.target=aws}, found as the AWS SDK's default chains find it
 * ("Service-specific endpoints" and "Credential provider chain" in the AWS SDK for Java 2.x
 * Developer Guide): the service's own endpoint setting, then {@code aws.endpointUrl} / {@code
 * AWS_ENDPOINT_URL}, then the public regional endpoint; credentials from system properties,
 * environment, web identity, profile, container and instance. System properties are read as they
 * are outside Hangar's tests ({@link AmbientProperties#outside(String)}), since a running test
 * points them at the harness.
 *
 * @param region the region
 * @param dynamoDb DynamoDB's endpoint
 * @param streams DynamoDB Streams' endpoint
 * @param credentials the credentials to sign with
 */
record RealEndpoints(String region, URI dynamoDb, URI streams, AwsCredentialsProvider credentials) {

  /** The endpoints the user's settings name; {@code fallbackRegion} when none names a region. */
  static RealEndpoints find(String fallbackRegion, String origin) {
    String region = RealTarget.region(fallbackRegion);
    String shared = setting("aws.endpointUrl", "AWS_ENDPOINT_URL");
    URI dynamoDb =
        endpoint(
            first(setting("aws.endpointUrlDynamoDb", "AWS_ENDPOINT_URL_DYNAMODB"), shared),
            "https://dynamodb." + region + ".amazonaws.com",
            origin);
    URI streams =
        endpoint(
            first(setting("aws.endpointUrlDynamoDbStreams", "AWS_ENDPOINT_URL_DYNAMODB_STREAMS"), shared),
            "https://streams.dynamodb." + region + ".amazonaws.com",
            origin);
    return new RealEndpoints(region, dynamoDb, streams, defaultCredentials());
  }

  private static URI endpoint(String configured, String regional, String origin) {
    URI uri = URI.create(configured != null ? configured.trim() : regional);
    if (uri.getHost() == null || uri.getHost().endsWith(dev.hangar.harness.Harness.HOST_SUFFIX)) {
      throw new ExtensionConfigurationException(
          origin
              + ": with "
              + Target.PROPERTY
              + "=aws the DynamoDB endpoint must be a real one (DynamoDB Local or AWS), but it is "
              + uri
              + "; set aws.endpointUrl (or AWS_ENDPOINT_URL) to DynamoDB Local's URL, or leave it"
              + " unset for AWS");
    }
    return uri;
  }

  private static AwsCredentialsProvider defaultCredentials() {
    String key = AmbientProperties.outside("aws.accessKeyId");
    String secret = AmbientProperties.outside("aws.secretAccessKey");
    if (key != null && secret != null) {
      String token = AmbientProperties.outside("aws.sessionToken");
      return StaticCredentialsProvider.create(
          token == null
              ? AwsBasicCredentials.create(key, secret)
              : AwsSessionCredentials.create(key, secret, token));
    }
    // The default chain without its system-property step, which a running test has replaced.
    return AwsCredentialsProviderChain.builder()
        .credentialsProviders(
            EnvironmentVariableCredentialsProvider.create(),
            WebIdentityTokenFileCredentialsProvider.create(),
            ProfileCredentialsProvider.create(),
            ContainerCredentialsProvider.create(),
            InstanceProfileCredentialsProvider.create())
        .build();
  }

  private static String setting(String property, String variable) {
    return first(AmbientProperties.outside(property), System.getenv(variable));
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
  }
}
