/**
 * The static geography of the belt: counties, county-level and XPCC cities, the two external gateways,
 * and the trunk-road network with its shortest road distances, read from the resources under {@code geo/};
 * and the units' real boundaries ({@link org.sxbelt.geo.CountyShapes}, JTS polygons from GeoJSON) for maps.
 *
 * <p>Uses {@code params} only; knows nothing of people or firms.
 */
package org.sxbelt.geo;
