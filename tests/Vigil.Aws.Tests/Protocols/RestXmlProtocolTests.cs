namespace Vigil.Aws.Tests.Protocols;

/// <summary>Wire samples after the Amazon S3, S3 Control and CloudFront API references (rest-xml protocol).</summary>
public sealed class RestXmlProtocolTests
{
    [Fact]
    public void Serialize_GetBucketAcl_NamesTheBucketAndTheSubresource()
    {
        var request = Wire.Request("s3", "GetBucketAcl", """{"Bucket": "amzn-s3-demo-bucket"}""");

        Assert.Equal("GET", request.Method);
        Assert.Equal("/amzn-s3-demo-bucket", request.Path);
        Assert.Equal([new("acl", "")], request.Query);
        Assert.Equal("amzn-s3-demo-bucket", request.Bucket);
    }

    [Fact]
    public void Serialize_S3ControlGetPublicAccessBlock_SendsTheAccountHeaderAndHostPrefix()
    {
        var request = Wire.Request("s3control", "GetPublicAccessBlock", """{"AccountId": "123456789012"}""");

        Assert.Equal("/v20180820/configuration/publicAccessBlock", request.Path);
        Assert.Equal("123456789012", request.Headers["x-amz-account-id"]);
        Assert.Equal("123456789012.", request.HostPrefix);
    }

    [Fact]
    public void Deserialize_GetBucketAcl_ReadsFlattenedNamesAndTheXsiTypeAttribute()
    {
        var output = Wire.Output("s3", "GetBucketAcl", """
            <?xml version="1.0" encoding="UTF-8"?>
            <AccessControlPolicy xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
              <Owner><ID>75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a</ID></Owner>
              <AccessControlList>
                <Grant>
                  <Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a</ID></Grantee>
                  <Permission>FULL_CONTROL</Permission>
                </Grant>
                <Grant>
                  <Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group"><URI>http://acs.amazonaws.com/groups/global/AllUsers</URI></Grantee>
                  <Permission>READ</Permission>
                </Grant>
              </AccessControlList>
            </AccessControlPolicy>
            """);

        var grants = output["Grants"]!.AsArray();
        Assert.Equal(2, grants.Count);
        Assert.Equal("CanonicalUser", grants[0]!["Grantee"]!["Type"]!.GetValue<string>());
        Assert.Equal("Group", grants[1]!["Grantee"]!["Type"]!.GetValue<string>());
        Assert.Equal("http://acs.amazonaws.com/groups/global/AllUsers", grants[1]!["Grantee"]!["URI"]!.GetValue<string>());
        Assert.Equal("READ", grants[1]!["Permission"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_GetBucketPolicy_TakesTheWholeBodyAsThePolicy()
    {
        var policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}]}""";

        var output = Wire.Output("s3", "GetBucketPolicy", policy);

        Assert.Equal(policy, output["Policy"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_GetBucketLocation_ReadsTheRootElementItself()
    {
        var output = Wire.Output("s3", "GetBucketLocation", """
            <?xml version="1.0" encoding="UTF-8"?>
            <LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">eu-west-1</LocationConstraint>
            """);

        Assert.Equal("eu-west-1", output["LocationConstraint"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_GetPublicAccessBlock_ReadsTheStructurePayload()
    {
        var output = Wire.Output("s3", "GetPublicAccessBlock", """
            <PublicAccessBlockConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
              <BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls>
              <BlockPublicPolicy>false</BlockPublicPolicy><RestrictPublicBuckets>false</RestrictPublicBuckets>
            </PublicAccessBlockConfiguration>
            """);

        Assert.Equal("""{"BlockPublicAcls":true,"IgnorePublicAcls":true,"BlockPublicPolicy":false,"RestrictPublicBuckets":false}""",
            output["PublicAccessBlockConfiguration"]!.ToJsonString());
    }

    [Fact]
    public void Deserialize_ListBuckets_ReadsWrappedListsAndHeaders()
    {
        var output = Wire.Output("s3", "ListBuckets", """
            <ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
              <Buckets>
                <Bucket><CreationDate>2019-12-11T23:32:47+00:00</CreationDate><Name>amzn-s3-demo-bucket</Name></Bucket>
              </Buckets>
              <Owner><DisplayName>owner</DisplayName><ID>abc</ID></Owner>
            </ListAllMyBucketsResult>
            """);

        Assert.Equal("amzn-s3-demo-bucket", output["Buckets"]![0]!["Name"]!.GetValue<string>());
        Assert.Equal("2019-12-11T23:32:47Z", output["Buckets"]![0]!["CreationDate"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_ListDistributions_ReadsNestedPayloadLists()
    {
        var output = Wire.Output("cloudfront", "ListDistributions", """
            <DistributionList xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">
              <Marker></Marker><NextMarker>EDFDVBD6EXAMPLE</NextMarker><MaxItems>1</MaxItems><IsTruncated>true</IsTruncated><Quantity>1</Quantity>
              <Items><DistributionSummary><Id>EDFDVBD632BHDS5</Id><DomainName>d111111abcdef8.cloudfront.net</DomainName><Enabled>true</Enabled></DistributionSummary></Items>
            </DistributionList>
            """);

        var list = output["DistributionList"]!;
        Assert.True(list["IsTruncated"]!.GetValue<bool>());
        Assert.Equal("", list["Marker"]!.GetValue<string>());
        Assert.Equal("EDFDVBD632BHDS5", list["Items"]![0]!["Id"]!.GetValue<string>());
    }

    [Fact]
    public void ReadError_S3Error_GivesCodeAndRequestId()
    {
        var error = Wire.Error("s3", "GetBucketPolicy", """
            <?xml version="1.0" encoding="UTF-8"?>
            <Error><Code>NoSuchBucketPolicy</Code><Message>The bucket policy does not exist</Message><BucketName>b</BucketName><RequestId>4442587FB7D0A2F9</RequestId></Error>
            """, 404);

        Assert.Equal(new Vigil.Aws.Protocols.AwsErrorDetails("NoSuchBucketPolicy", "The bucket policy does not exist", "4442587FB7D0A2F9"), error);
    }

    [Fact]
    public void ReadError_EmptyBody_IsNamedByTheStatus()
    {
        var error = Wire.Error("s3", "HeadBucket", "", 403, ("x-amz-request-id", "r"));

        Assert.Equal("403", error.Code);
        Assert.Equal("r", error.RequestId);
    }
}
