// The resources of this library are compiled in by qt_add_resources; this unit gives it a body.
namespace TradeLeadsResources {
int anchor = 0;
}
