/** The hidden fields every order action's form posts: the locale and the order. */
export default function OrderFields({
  locale,
  orderId,
}: {
  locale: string
  orderId: string
}) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
    </>
  )
}
