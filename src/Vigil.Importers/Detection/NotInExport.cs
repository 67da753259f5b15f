using Vigil.Core.Model;

namespace Vigil.Importers.Detection;

/// <summary>Marks a property of a record that an export does not hold: the record names it in Unreadable, and the
/// snapshot gets an error saying which export lacks it and which call would read it, so checks needing it report
/// error rather than pass on an empty value.</summary>
internal static class NotInExport
{
    public const string Code = "NotInExport";

    public static CollectionError Error(Resource resource, string property, string service, string operation, string export, string reason) => new()
    {
        AccountId = resource.AccountId,
        Service = service,
        Region = resource.Region,
        Operation = operation,
        ErrorCode = Code,
        Message = $"{property} is not in the export {export}: {reason}",
        ResourceType = resource.ResourceType,
        ResourceArn = resource.Arn,
        Property = property,
    };

    /// <summary>The record with <paramref name="properties"/> added to its Unreadable, and one error for each.</summary>
    public static T Mark<T>(T resource, IEnumerable<(string Property, string Service, string Operation, string Reason)> properties, string export, ICollection<CollectionError> errors)
        where T : Resource
    {
        var unreadable = resource.Unreadable.ToList();
        foreach (var (property, service, operation, reason) in properties)
        {
            if (unreadable.Contains(property)) continue;
            unreadable.Add(property);
            errors.Add(Error(resource, property, service, operation, export, reason));
        }
        return resource with { Unreadable = unreadable };
    }
}
