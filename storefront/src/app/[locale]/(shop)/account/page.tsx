import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { retrieveCustomer } from "@lib/data/customer"
import { englishNames, listCustomerOrders } from "@lib/data/orders"
import AccountTemplate from "@modules/account/templates/overview"
import SignInTemplate from "@modules/account/templates/sign-in"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("title") }
}

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await retrieveCustomer()
  if (!customer) {
    return <SignInTemplate locale={locale} />
  }
  const orders = await listCustomerOrders()
  const names = await englishNames(orders, locale)
  return (
    <AccountTemplate
      customer={customer}
      orders={orders}
      names={names}
      verified={(await searchParams).verified}
      locale={locale}
    />
  )
}
