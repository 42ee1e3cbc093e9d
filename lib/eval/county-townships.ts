// The township-level units of each county the gold is annotated for, by code: the scorer's own list, independent of
// lib/gazetteer, so that a place of another county linked to one of these is caught whatever the extractor believes.
// 330802 柯城区: 9 街道, 2 镇, 7 乡 (GB/T 2260; 黄家乡 is now 黄家街道, both names kept).
export const COUNTY_TOWNSHIPS: Record<string, { name: string; townships: string[] }> = {
  "330802": {
    name: "柯城区",
    townships: [
      "信安街道", "双港街道", "府山街道", "荷花街道", "花园街道", "新新街道", "白云街道", "衢化街道", "黄家街道", "黄家乡",
      "航埠镇", "石梁镇", "华墅乡", "沟溪乡", "九华乡", "七里乡", "万田乡", "石室乡", "姜家山乡",
    ],
  },
};
