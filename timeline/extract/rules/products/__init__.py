"""Products: launches, their prices and product metrics.

Product names are taken as written (a quoted name, or a capitalised name after a launch verb or
in apposition: "its most advanced AI model to date, Qwen3-Max"). Products launched together are
one launch each, and a product's maker is the company its name begins with, its possessive
owner, or the company the sentence opens on. A metric or price without a product name belongs
to the product last named in the article.

One module per topic, imports flowing one way (each module imports only those listed after
it):

- `product_launches`: launches, one per product launched together (`launches`);
- `prices`: the prices a launch gives its products, and prices stated alone (`priced`);
- `product_metrics`: a product's users, downloads, units sold (`metrics`);
- `timing`: whether a launch was made or is planned, and when;
- `naming`: the product a launch verb names, or a noun stands for;
- `makers`: whose product it is;
- `verbs`: the verbs of a launch, and those that tell of news instead;
- `_names`: a product's name and what is none, kinds and categories, the article's memory.
"""

from __future__ import annotations

from timeline.extract.rules.products.prices import priced
from timeline.extract.rules.products.product_launches import launches
from timeline.extract.rules.products.product_metrics import metrics

__all__ = ["launches", "metrics", "priced"]
