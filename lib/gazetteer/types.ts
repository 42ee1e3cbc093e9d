// The gazetteer's types: levels of places and of government bodies. Facts only; lib/extract builds on them.

// A place of the configured county.
export type PlaceLevel = "township" | "village" | "community" | "area";
// A place anywhere in China: the county's levels plus the divisions above a township.
export type AnyPlaceLevel = PlaceLevel | "county" | "city" | "province";
// Who a government or party body belongs to. "district" is the configured county's own level (柯城区 is a 区);
// "county" is another county's.
export type DepartmentLevel = "national" | "province" | "city" | "district" | "county" | "township" | "village";
