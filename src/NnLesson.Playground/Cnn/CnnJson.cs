using System.Text.Json;
using System.Text.Json.Serialization;

namespace NnLesson.Playground.Cnn;

/// <summary>
/// The CNN page's JSON, generated at compile time: camelCase names, enums as strings, the kind in "type" wherever it
/// stands. Strict on what comes in: a field the command lacks, a required field missing or a key named twice is an error.
/// NaN and ∞ (a network that diverged) are written as "NaN" and "Infinity"; the page reads them with Number().
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectRequiredConstructorParameters = true,
    AllowOutOfOrderMetadataProperties = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(CnnCommand))]
[JsonSerializable(typeof(CnnMessage))]
internal sealed partial class CnnJson : JsonSerializerContext;
