using System.Text;
using System.Text.Json.Nodes;
using Vigil.Aws.Protocols;

namespace Vigil.Aws.Tests.Protocols;

/// <summary>rest-xml request bodies (no listed read-only operation sends one), after S3's PutBucketAcl and
/// PutBucketTagging request syntax.</summary>
public sealed class RestXmlRequestBodyTests
{
    private static readonly Vigil.Aws.Models.ModelCatalog Models = SyntheticModel.Read("""
        {"s3": {"metadata": {"protocol": "rest-xml", "apiVersion": "2006-03-01", "endpointPrefix": "s3", "serviceId": "S3"},
          "operations": {"PutBucketAcl": {"http": {"method": "PUT", "requestUri": "/{Bucket}?acl"}, "input": {"shape": "PutBucketAclRequest"}}},
          "shapes": {
            "PutBucketAclRequest": {"type": "structure", "required": ["Bucket"], "payload": "AccessControlPolicy", "members": {
              "Bucket": {"shape": "Name", "location": "uri", "locationName": "Bucket"},
              "ExpectedOwner": {"shape": "Name", "location": "header", "locationName": "x-amz-expected-bucket-owner"},
              "AccessControlPolicy": {"shape": "AccessControlPolicy", "locationName": "AccessControlPolicy", "xmlNamespace": {"uri": "http://s3.amazonaws.com/doc/2006-03-01/"}}}},
            "AccessControlPolicy": {"type": "structure", "members": {
              "Grants": {"shape": "Grants", "locationName": "AccessControlList"}, "Owner": {"shape": "Owner"}, "Tags": {"shape": "Tags"}, "Labels": {"shape": "Labels"}}},
            "Grants": {"type": "list", "member": {"shape": "Grant", "locationName": "Grant"}},
            "Grant": {"type": "structure", "members": {"Grantee": {"shape": "Grantee"}, "Permission": {"shape": "Name"}}},
            "Grantee": {"type": "structure", "xmlNamespace": {"prefix": "xsi", "uri": "http://www.w3.org/2001/XMLSchema-instance"}, "members": {
              "ID": {"shape": "Name"}, "Type": {"shape": "Name", "locationName": "xsi:type", "xmlAttribute": true}}},
            "Owner": {"type": "structure", "members": {"ID": {"shape": "Name"}}},
            "Tags": {"type": "map", "key": {"shape": "Name"}, "value": {"shape": "Name"}},
            "Labels": {"type": "list", "flattened": true, "member": {"shape": "Name"}},
            "Name": {"type": "string"}}}}
        """);

    [Fact]
    public void Serialize_StructurePayload_IsTheRootElementInItsNamespace()
    {
        var operation = Models.Operation("s3", "PutBucketAcl");
        var input = JsonNode.Parse("""
            {"Bucket": "b", "ExpectedOwner": "111122223333", "AccessControlPolicy": {
              "Grants": [{"Grantee": {"ID": "abc", "Type": "CanonicalUser"}, "Permission": "READ"}],
              "Owner": {"ID": "abc"}, "Tags": {"team": "blue"}, "Labels": ["x", "y"]}}
            """)!.AsObject();

        var request = WireFormat.For(operation.Service.Protocol).Serialize(operation, input);

        Assert.Equal("PUT", request.Method);
        Assert.Equal("/b", request.Path);
        Assert.Equal("111122223333", request.Headers["x-amz-expected-bucket-owner"]);
        Assert.Equal(
            "<AccessControlPolicy xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">" +
            "<AccessControlList><Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"CanonicalUser\"><ID>abc</ID></Grantee><Permission>READ</Permission></Grant></AccessControlList>" +
            "<Owner><ID>abc</ID></Owner><Tags><entry><key>team</key><value>blue</value></entry></Tags><Labels>x</Labels><Labels>y</Labels></AccessControlPolicy>",
            Encoding.UTF8.GetString(request.Body));
    }

    [Fact]
    public void Roundtrip_TheWrittenBody_ReadsBackToTheInput()
    {
        var operation = Models.Operation("s3", "PutBucketAcl");
        var policy = JsonNode.Parse("""{"Grants": [{"Grantee": {"ID": "abc", "Type": "Group"}, "Permission": "WRITE"}], "Labels": ["x", "y"], "Tags": {"a": "1"}}""")!.AsObject();
        var request = WireFormat.For(operation.Service.Protocol).Serialize(operation, new JsonObject { ["Bucket"] = "b", ["AccessControlPolicy"] = policy.DeepClone() });

        var shape = operation.Input!.FindMember("AccessControlPolicy")!.Shape;
        var read = XmlShapeReader.Structure(shape, System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(request.Body)).Root!);

        Assert.True(JsonNode.DeepEquals(policy, read), read.ToJsonString());
    }
}
