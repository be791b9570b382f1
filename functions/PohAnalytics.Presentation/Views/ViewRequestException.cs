namespace PohAnalytics.Presentation.Views;

/// <summary>A view request that cannot be answered as asked (unknown page, too many slicers); becomes HTTP 400.</summary>
public sealed class ViewRequestException(string message) : Exception(message);
