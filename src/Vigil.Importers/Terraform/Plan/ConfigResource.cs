using System.Text.Json;

namespace Vigil.Importers.Terraform.Plan;

/// <summary>A resource block of the configuration, in the module that declares it.</summary>
internal sealed record ConfigResource(ConfigModule Module, JsonElement Expressions, string? ProviderConfigKey);
