namespace Vigil.Aws.Tests.Protocols;

/// <summary>Wire samples after the KMS, CloudWatch, DynamoDB and SQS API references (json protocol).</summary>
public sealed class JsonProtocolTests
{
    [Fact]
    public void Serialize_ListKeys_PostsJsonWithTheTargetHeader()
    {
        var request = Wire.Request("kms", "ListKeys", """{"Limit": 10, "Marker": "m"}""");

        Assert.Equal("POST", request.Method);
        Assert.Equal("TrentService.ListKeys", request.Headers["X-Amz-Target"]);
        Assert.Equal("application/x-amz-json-1.1", request.Headers["Content-Type"]);
        Assert.Equal("""{"Limit":10,"Marker":"m"}""", Wire.Body(request));
    }

    [Fact]
    public void Serialize_NoInput_SendsAnEmptyObject_WithJson10ForDynamoDb()
    {
        var request = Wire.Request("dynamodb", "ListTables");

        Assert.Equal("{}", Wire.Body(request));
        Assert.Equal("application/x-amz-json-1.0", request.Headers["Content-Type"]);
        Assert.Equal("DynamoDB_20120810.ListTables", request.Headers["X-Amz-Target"]);
    }

    [Fact]
    public void Serialize_QueryCompatibleService_AsksForQueryErrorCodes()
    {
        var request = Wire.Request("cloudwatch", "DescribeAlarms", """{"AlarmNames": ["a"]}""");

        Assert.Equal("GraniteServiceVersion20100801.DescribeAlarms", request.Headers["X-Amz-Target"]);
        Assert.Equal("true", request.Headers["x-amzn-query-mode"]);
        Assert.Equal("""{"AlarmNames":["a"]}""", Wire.Body(request));
    }

    [Fact]
    public void Deserialize_DescribeKey_TurnsEpochSecondsIntoIsoTimestamps()
    {
        var output = Wire.Output("kms", "DescribeKey", """
            {"KeyMetadata": {"AWSAccountId": "111122223333", "Arn": "arn:aws:kms:us-east-2:111122223333:key/1234abcd",
              "CreationDate": 1.499288695918E9, "Enabled": true, "KeyId": "1234abcd", "KeyManager": "CUSTOMER",
              "KeyState": "Enabled", "KeySpec": "SYMMETRIC_DEFAULT", "MultiRegion": false, "EncryptionAlgorithms": ["SYMMETRIC_DEFAULT"]}}
            """);

        var metadata = output["KeyMetadata"]!;
        Assert.Equal("2017-07-05T21:04:55.918Z", metadata["CreationDate"]!.GetValue<string>());
        Assert.True(metadata["Enabled"]!.GetValue<bool>());
        Assert.Equal("SYMMETRIC_DEFAULT", metadata["EncryptionAlgorithms"]![0]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_EmptyBody_IsAnEmptyObject() => Assert.Empty(Wire.Output("kms", "ListKeys", ""));

    [Fact]
    public void Deserialize_NotJson_IsInvalidData() => Assert.Throws<InvalidDataException>(() => Wire.Output("kms", "ListKeys", "<html>"));

    [Fact]
    public void ReadError_TypeWithNamespace_GivesTheBareCode()
    {
        var error = Wire.Error("kms", "GetKeyPolicy", """{"__type": "com.amazonaws.kms#AccessDeniedException", "message": "User is not authorized"}""", 400,
            ("x-amzn-RequestId", "req-1"));

        Assert.Equal(new Vigil.Aws.Protocols.AwsErrorDetails("AccessDeniedException", "User is not authorized", "req-1"), error);
    }

    [Fact]
    public void ReadError_QueryCompatibleService_PrefersTheQueryErrorHeader()
    {
        var error = Wire.Error("sqs", "ListQueues", """{"__type": "com.amazonaws.sqs#QueueDoesNotExist", "message": "gone"}""", 400,
            ("x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender"));

        Assert.Equal("AWS.SimpleQueueService.NonExistentQueue", error.Code);
    }
}
