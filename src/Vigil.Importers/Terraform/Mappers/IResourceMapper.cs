namespace Vigil.Importers.Terraform.Mappers;

/// <summary>Maps the planned instances of one AWS provider resource type (with the resources that configure it) to
/// snapshot records.</summary>
internal interface IResourceMapper
{
    /// <summary>The resource type whose instances become records.</summary>
    string Type { get; }

    void Map(Plan.PlanInstance instance, MappingContext context);
}
