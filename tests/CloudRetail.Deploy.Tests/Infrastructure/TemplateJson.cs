using System.Text.Json.Nodes;

namespace CloudRetail.Deploy.Tests.Infrastructure;

/// <summary>Walking a CloudFormation template: resources by type, the function's environment,
/// and which of the template's own resources a value points at.</summary>
public static class TemplateJson
{
    public static IEnumerable<(string Id, JsonObject Resource)> Resources(this JsonObject template, string type) =>
        template["Resources"]!.AsObject()
            .Where(r => r.Value!["Type"]!.GetValue<string>() == type)
            .Select(r => (r.Key, r.Value!.AsObject()));

    public static JsonObject Properties(this JsonObject resource) => resource["Properties"]!.AsObject();

    /// <summary>The API function's environment variables (the stack has exactly one function).</summary>
    public static JsonObject FunctionEnvironment(this JsonObject template) =>
        template.Resources("AWS::Lambda::Function").Single().Resource.Properties()["Environment"]!["Variables"]!.AsObject();

    /// <summary>Logical ids of this template's resources that a value refers to, anywhere inside it
    /// (Ref, Fn::GetAtt, also within Fn::Join).</summary>
    public static IReadOnlyList<string> ReferencedIds(this JsonObject template, JsonNode? value)
    {
        var own = template["Resources"]!.AsObject().Select(r => r.Key).ToHashSet();
        var found = new List<string>();
        Collect(value);
        return found;

        void Collect(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["Ref"] is JsonValue reference && own.Contains(reference.GetValue<string>()))
                    {
                        found.Add(reference.GetValue<string>());
                    }
                    if (obj["Fn::GetAtt"] is JsonArray getAtt && own.Contains(getAtt[0]!.GetValue<string>()))
                    {
                        found.Add(getAtt[0]!.GetValue<string>());
                    }
                    foreach (var (_, child) in obj)
                    {
                        Collect(child);
                    }
                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Collect(child);
                    }
                    break;
            }
        }
    }

    /// <summary>A node as a list: CloudFormation allows a single value where a list is expected.</summary>
    public static IEnumerable<JsonNode?> AsList(this JsonNode? node) => node is JsonArray array ? array : Enumerable.Repeat(node, 1);
}
